package dev.dossier.bootstrap.wiring;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The wiring rules, free of CDI so that they can be tested without a container: which of the
 * application's classes the container builds, and under which types it offers them.
 *
 * <p>A <em>component</em> is a public, concrete, top-level class in {@code application.service..} or
 * {@code application.paging} with exactly one public constructor, each of whose parameters is
 * <em>injectable</em>: an outgoing port (an interface in {@code port.out}, implemented by an
 * adapter or by a component), a use case (an interface in {@code port.in}), another component, or a
 * settings record (a record whose name ends in {@code Settings}, produced by bootstrap from the
 * runtime settings). A component that implements use cases is offered as those use cases only; one
 * that implements outgoing ports, as those ports; any other as its own class.
 */
public final class ApplicationComponents {
    static final String APPLICATION = "dev.dossier.application.";
    private static final String PORT_IN = APPLICATION + "port.in.";
    private static final String PORT_OUT = APPLICATION + "port.out.";
    private static final List<String> COMPONENT_PACKAGES = List.of(APPLICATION + "service.", APPLICATION + "paging.");

    private final Map<Class<?>, Optional<String>> verdicts = new HashMap<>();
    private final Set<Class<?>> underEvaluation = new HashSet<>();

    /** Whether {@code type} belongs to the application module, whose classes these rules govern. */
    public static boolean isApplicationType(Class<?> type) {
        return type.getName().startsWith(APPLICATION);
    }

    /** An interface in {@code port.in} named {@code …UseCase}: what the driving adapters call. */
    public static boolean isUseCase(Class<?> type) {
        return type.isInterface()
                && type.getName().startsWith(PORT_IN)
                && type.getSimpleName().endsWith("UseCase");
    }

    /** Whether the container builds {@code type}. */
    public boolean isComponent(Class<?> type) {
        return whyNotComponent(type).isEmpty();
    }

    /** Why {@code type} is not a component, or empty when it is one. */
    public synchronized Optional<String> whyNotComponent(Class<?> type) {
        Optional<String> known = verdicts.get(type);
        if (known != null) {
            return known;
        }
        if (!underEvaluation.add(type)) {
            return Optional.of("its constructor depends on itself");
        }
        try {
            Optional<String> verdict = evaluate(type);
            verdicts.put(type, verdict);
            return verdict;
        } finally {
            underEvaluation.remove(type);
        }
    }

    /** The types under which a component is offered: its use cases, else its outgoing ports, else itself. */
    public static Set<Class<?>> beanTypes(Class<?> component) {
        Set<Class<?>> useCases = interfacesIn(component, PORT_IN);
        if (!useCases.isEmpty()) {
            return useCases;
        }
        Set<Class<?>> ports = interfacesIn(component, PORT_OUT);
        return ports.isEmpty() ? Set.of(component) : ports;
    }

    private Optional<String> evaluate(Class<?> type) {
        int modifiers = type.getModifiers();
        if (COMPONENT_PACKAGES.stream().noneMatch(p -> type.getName().startsWith(p))) {
            return Optional.of("it is not in application.service or application.paging");
        }
        if (!Modifier.isPublic(modifiers)
                || Modifier.isAbstract(modifiers)
                || type.isInterface()
                || type.isRecord()
                || type.isEnum()
                || type.getEnclosingClass() != null
                || Throwable.class.isAssignableFrom(type)) {
            return Optional.of("it is not a public, concrete, top-level class");
        }
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            return Optional.of("it has " + constructors.length + " public constructors, not one");
        }
        for (Class<?> parameter : constructors[0].getParameterTypes()) {
            Optional<String> problem = whyNotInjectable(parameter);
            if (problem.isPresent()) {
                return Optional.of(
                        "its constructor's parameter " + parameter.getName() + " cannot be injected: " + problem.get());
            }
        }
        return Optional.empty();
    }

    private Optional<String> whyNotInjectable(Class<?> parameter) {
        String name = parameter.getName();
        if (parameter.isInterface() && (name.startsWith(PORT_OUT) || name.startsWith(PORT_IN))) {
            return Optional.empty();
        }
        if (parameter.isRecord()
                && isApplicationType(parameter)
                && parameter.getSimpleName().endsWith("Settings")) {
            return Optional.empty();
        }
        if (!isApplicationType(parameter)) {
            return Optional.of("it is neither a port, a component nor a settings record");
        }
        return whyNotComponent(parameter);
    }

    private static Set<Class<?>> interfacesIn(Class<?> type, String packagePrefix) {
        Set<Class<?>> found = new HashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Arrays.stream(c.getInterfaces())
                    .filter(i -> i.getName().startsWith(packagePrefix))
                    .forEach(found::add);
        }
        return Set.copyOf(found);
    }
}
