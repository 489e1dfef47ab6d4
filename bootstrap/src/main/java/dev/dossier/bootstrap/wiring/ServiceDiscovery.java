package dev.dossier.bootstrap.wiring;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import jakarta.enterprise.inject.literal.InjectLiteral;
import jakarta.enterprise.inject.literal.SingletonLiteral;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.util.AnnotationLiteral;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wires the application layer, which knows nothing of CDI: its module is a bean archive (its
 * {@code beans.xml}), and as the container discovers its types, this extension makes each
 * {@linkplain ApplicationComponents component} a singleton bean built through its public constructor,
 * offered under the types the rules give it, and vetoes every other application type. A use case
 * that no component implements fails the deployment with the reason. So a new use case (its port,
 * its service, its test) needs nothing in bootstrap; a service that needs a setting takes a
 * {@code …Settings} record, which bootstrap produces.
 */
public class ServiceDiscovery implements Extension {
    private final ApplicationComponents rules = new ApplicationComponents();
    private final Set<Class<?>> useCases = new HashSet<>();
    private final Set<Class<?>> components = new HashSet<>();
    /** Vetoed classes that implement a use case, with the reason they are not components. */
    private final Map<Class<?>, String> rejectedServices = new HashMap<>();

    synchronized void discover(@Observes ProcessAnnotatedType<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (!ApplicationComponents.isApplicationType(type)) {
            return;
        }
        if (ApplicationComponents.isUseCase(type)) {
            useCases.add(type);
        }
        Optional<String> notComponent = rules.whyNotComponent(type);
        if (notComponent.isPresent()) {
            if (Arrays.stream(type.getInterfaces()).anyMatch(ApplicationComponents::isUseCase)) {
                rejectedServices.put(type, notComponent.get());
            }
            event.veto();
            return;
        }
        components.add(type);
        event.configureAnnotatedType()
                .add(SingletonLiteral.INSTANCE)
                .add(new TypedLiteral(ApplicationComponents.beanTypes(type)))
                .filterConstructors(c -> Modifier.isPublic(c.getJavaMember().getModifiers()))
                .forEach(c -> c.add(InjectLiteral.INSTANCE));
    }

    synchronized void checkEveryUseCaseHasOneService(@Observes AfterBeanDiscovery event) {
        for (Class<?> useCase : useCases) {
            List<String> services = components.stream()
                    .filter(c -> ApplicationComponents.beanTypes(c).contains(useCase))
                    .map(Class::getName)
                    .sorted()
                    .toList();
            if (services.size() > 1) {
                event.addDefinitionError(new IllegalStateException(
                        useCase.getName() + " is implemented by more than one service: " + services));
            } else if (services.isEmpty()) {
                event.addDefinitionError(new IllegalStateException(useCase.getName() + " has no service"
                        + rejectedServices.entrySet().stream()
                                .filter(e -> useCase.isAssignableFrom(e.getKey()))
                                .map(e -> "; " + e.getKey().getName() + " is not one because " + e.getValue())
                                .sorted()
                                .collect(Collectors.joining())));
            }
        }
    }

    /** The use cases of the application, in name order. */
    public synchronized List<Class<?>> useCases() {
        return useCases.stream().sorted(Comparator.comparing(Class::getName)).toList();
    }

    /** {@code @Typed}: the bean is offered under exactly these types. */
    @SuppressWarnings("all")
    private static final class TypedLiteral extends AnnotationLiteral<Typed> implements Typed {
        private final Class<?>[] value;

        TypedLiteral(Set<Class<?>> types) {
            this.value = types.toArray(Class<?>[]::new);
        }

        @Override
        public Class<?>[] value() {
            return value.clone();
        }
    }
}
