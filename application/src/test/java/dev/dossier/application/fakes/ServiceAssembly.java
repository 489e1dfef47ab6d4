package dev.dossier.application.fakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test support: the application's real services, built by reflection over test doubles of the ports, the way
 * bootstrap wires them in the container, so that no test names a constructor's arguments.
 *
 * <p>A service is a public, concrete class in {@code application.service..} that implements a use case (an
 * interface in {@code port.in}); by default every one on the class path is built. Each class is built once, from
 * its single public constructor, each parameter resolved in this order:
 * <ol>
 *   <li>an instance {@linkplain Builder#provide provided} for the parameter's type;</li>
 *   <li>an interface in {@code port.out}: the {@linkplain Builder#port registered fake};</li>
 *   <li>an interface in {@code port.in}: the service implementing it;</li>
 *   <li>a record named {@code …Settings}: the {@linkplain Builder#settings registered value}, else one made from
 *       its components by these same rules;</li>
 *   <li>another concrete application class (a collaborator such as {@code DocumentAudit}): built the same
 *       way, recursively, and shared by everything that takes it;</li>
 *   <li>anything else (a {@code Duration}, a name, a count): the {@linkplain Builder#value value registered
 *       under the parameter's name} (the build compiles with {@code -parameters}).</li>
 * </ol>
 * Whatever cannot be resolved fails {@link Builder#build()} naming the class, the parameter and what is missing.
 */
public final class ServiceAssembly {
    static final String APPLICATION = "dev.dossier.application.";
    static final String PORT_IN = APPLICATION + "port.in.";
    static final String PORT_OUT = APPLICATION + "port.out.";
    static final String SERVICES = APPLICATION + "service";

    private final Map<Class<?>, Object> provided;
    private final Map<String, Object> values;
    private final Map<Class<?>, Class<?>> serviceOf = new LinkedHashMap<>();
    private final Map<Class<?>, Object> built = new HashMap<>();
    private final Set<Class<?>> underConstruction = new LinkedHashSet<>();

    private ServiceAssembly(Builder b) {
        this.provided = new HashMap<>(b.provided);
        this.values = new HashMap<>(b.values);
        Collection<Class<?>> services = b.services != null ? b.services : discoverServices();
        for (Class<?> service : services) {
            for (Class<?> useCase : useCasesOf(service)) {
                Class<?> other = serviceOf.putIfAbsent(useCase, service);
                if (other != null) {
                    throw new IllegalStateException("use case " + useCase.getName() + " has two services: "
                            + other.getName() + " and " + service.getName());
                }
            }
        }
        serviceOf.values().forEach(this::component);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The service behind {@code useCase}. */
    public synchronized <T> T useCase(Class<T> useCase) {
        Class<?> service = serviceOf.get(useCase);
        if (service == null) {
            throw new IllegalArgumentException("no service implements " + useCase.getName());
        }
        return useCase.cast(component(service));
    }

    /** Every use case with its service, e.g. to bind them all in a test container. */
    public synchronized Map<Class<?>, Object> useCases() {
        Map<Class<?>, Object> all = new LinkedHashMap<>();
        serviceOf.forEach((useCase, service) -> all.put(useCase, component(service)));
        return all;
    }

    /** The one instance of an application class (a service or a collaborator) this assembly built or would build. */
    public synchronized <T> T component(Class<T> type) {
        Object known = provided.containsKey(type) ? provided.get(type) : built.get(type);
        if (known != null) {
            return type.cast(known);
        }
        if (!underConstruction.add(type)) {
            throw new IllegalStateException("the constructors of " + chain(type) + " depend on each other");
        }
        try {
            T instance = type.cast(construct(soleConstructor(type)));
            built.put(type, instance);
            return instance;
        } finally {
            underConstruction.remove(type);
        }
    }

    private Object construct(Constructor<?> constructor) {
        Parameter[] parameters = constructor.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            arguments[i] = resolve(constructor.getDeclaringClass(), parameters[i].getType(), name(parameters[i]));
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "constructing " + constructor.getDeclaringClass().getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot construct " + constructor.getDeclaringClass().getName(), e);
        }
    }

    private Object resolve(Class<?> owner, Class<?> type, String name) {
        Object given = provided.get(type);
        if (given != null) {
            return given;
        }
        String what = owner.getSimpleName() + "'s " + name + " (" + type.getName() + ")";
        if (type.isInterface() && type.getName().startsWith(PORT_OUT)) {
            throw new IllegalStateException("no fake registered for the port " + what);
        }
        if (type.isInterface() && type.getName().startsWith(PORT_IN)) {
            if (!serviceOf.containsKey(type)) {
                throw new IllegalStateException("no service implements the use case " + what);
            }
            return useCase(type);
        }
        if (type.isRecord() && isApplicationType(type) && type.getSimpleName().endsWith("Settings")) {
            return settingsFromComponents(type);
        }
        if (isApplicationType(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
            return component(type);
        }
        if (!values.containsKey(name)) {
            throw new IllegalStateException("no value registered under \"" + name + "\" for " + what);
        }
        Object value = values.get(name);
        if (!wrap(type).isInstance(value)) {
            throw new IllegalStateException("the value registered under \"" + name + "\" is a "
                    + value.getClass().getName() + ", not what " + what + " takes");
        }
        return value;
    }

    /** A settings record nobody registered: its components resolved like constructor parameters. */
    private Object settingsFromComponents(Class<?> record) {
        Object known = built.get(record);
        if (known != null) {
            return known;
        }
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = resolve(record, types[i], components[i].getName());
        }
        try {
            Object settings = record.getDeclaredConstructor(types).newInstance(arguments);
            built.put(record, settings);
            return settings;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("constructing " + record.getName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + record.getName(), e);
        }
    }

    private static Constructor<?> soleConstructor(Class<?> type) {
        Constructor<?>[] constructors = type.getConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(
                    type.getName() + " has " + constructors.length + " public constructors, not one");
        }
        return constructors[0];
    }

    private static String name(Parameter parameter) {
        if (!parameter.isNamePresent()) {
            throw new IllegalStateException("parameter names are missing from "
                    + parameter.getDeclaringExecutable().getDeclaringClass().getName()
                    + ": compile with -parameters");
        }
        return parameter.getName();
    }

    private String chain(Class<?> type) {
        List<String> names = new ArrayList<>();
        underConstruction.forEach(c -> names.add(c.getSimpleName()));
        names.add(type.getSimpleName());
        return String.join(" -> ", names);
    }

    static boolean isApplicationType(Class<?> type) {
        return type.getName().startsWith(APPLICATION);
    }

    /** The use cases {@code type} implements, through its superclasses too. */
    static Set<Class<?>> useCasesOf(Class<?> type) {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Arrays.stream(c.getInterfaces())
                    .filter(i -> i.getName().startsWith(PORT_IN))
                    .forEach(found::add);
        }
        return found;
    }

    /** Every public, concrete class under {@code application.service} that implements a use case. */
    static List<Class<?>> discoverServices() {
        List<Class<?>> services = classesUnder(SERVICES).stream()
                .filter(type -> Modifier.isPublic(type.getModifiers())
                        && !Modifier.isAbstract(type.getModifiers())
                        && !type.isInterface()
                        && !useCasesOf(type).isEmpty())
                .toList();
        if (services.isEmpty()) {
            throw new IllegalStateException("no service found under " + SERVICES + " on the class path");
        }
        return services;
    }

    /** The top-level classes in {@code packageName} and below, from directories and jars alike. */
    static List<Class<?>> classesUnder(String packageName) {
        String path = packageName.replaceAll("\\.$", "").replace('.', '/');
        ClassLoader loader = ServiceAssembly.class.getClassLoader();
        Set<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(path);
            while (roots.hasMoreElements()) {
                names.addAll(classNames(roots.nextElement(), path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + packageName, e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return classes;
    }

    private static Set<String> classNames(URL root, String path) throws IOException {
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream()
                        .map(JarEntry::getName)
                        .filter(n -> n.startsWith(path + "/") && isTopLevelClassFile(n))
                        .map(ServiceAssembly::className)
                        .collect(Collectors.toSet());
            }
        }
        Path dir;
        try {
            dir = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a directory: " + root, e);
        }
        Path classes = dir;
        for (int i = 0; i < path.split("/").length; i++) {
            classes = classes.getParent();
        }
        Path base = classes;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.map(p -> base.relativize(p).toString().replace('\\', '/'))
                    .filter(ServiceAssembly::isTopLevelClassFile)
                    .map(ServiceAssembly::className)
                    .collect(Collectors.toSet());
        }
    }

    private static String className(String classFile) {
        return classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
    }

    private static boolean isTopLevelClassFile(String path) {
        return path.endsWith(".class") && !path.contains("$") && !path.endsWith("package-info.class");
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Map.<Class<?>, Class<?>>of(
                        int.class, Integer.class,
                        long.class, Long.class,
                        boolean.class, Boolean.class,
                        double.class, Double.class,
                        float.class, Float.class,
                        short.class, Short.class,
                        byte.class, Byte.class,
                        char.class, Character.class)
                .get(type);
    }

    /** What the assembly is built from. */
    public static final class Builder {
        private final Map<Class<?>, Object> provided = new HashMap<>();
        private final Map<String, Object> values = new HashMap<>();
        private List<Class<?>> services;

        private Builder() {}

        /** A test double, offered for every outgoing port ({@code port.out} interface) it implements. */
        public Builder port(Object fake) {
            Set<Class<?>> ports = new LinkedHashSet<>();
            for (Class<?> c = fake.getClass(); c != null; c = c.getSuperclass()) {
                collectPorts(c, ports);
            }
            if (ports.isEmpty()) {
                throw new IllegalArgumentException(fake.getClass().getName() + " implements no outgoing port");
            }
            ports.forEach(p -> provided.put(p, fake));
            return this;
        }

        /** Test doubles, each as by {@link #port(Object)}. */
        public Builder ports(Collection<?> fakes) {
            fakes.forEach(this::port);
            return this;
        }

        /** A settings record (a record named {@code …Settings}) as services receive it. */
        public Builder settings(Record settings) {
            if (!settings.getClass().getSimpleName().endsWith("Settings")) {
                throw new IllegalArgumentException(settings.getClass().getName() + " is not a settings record");
            }
            provided.put(settings.getClass(), settings);
            return this;
        }

        /** {@code instance} wherever a constructor takes {@code type}, before any other rule. */
        public <T> Builder provide(Class<T> type, T instance) {
            provided.put(type, type.cast(Objects.requireNonNull(instance, "instance")));
            return this;
        }

        /** A plain value (a duration, a name, a count) for every parameter or settings component so named. */
        public Builder value(String name, Object value) {
            values.put(name, Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Builds only these services instead of every service on the class path. */
        public Builder services(Class<?>... services) {
            this.services = List.of(services);
            return this;
        }

        /** Builds every service now, so that anything missing fails here. */
        public ServiceAssembly build() {
            return new ServiceAssembly(this);
        }

        private static void collectPorts(Class<?> type, Set<Class<?>> ports) {
            for (Class<?> i : type.getInterfaces()) {
                if (i.getName().startsWith(PORT_OUT)) {
                    ports.add(i);
                }
                collectPorts(i, ports);
            }
        }
    }
}
