package org.openepr.platform.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Finds a module's migration scripts inside the running application. Flyway's own classpath scanner
 * does not understand Liberty's archive URLs (wsjar:) and then silently finds nothing; this reads
 * the archive the URL names, or the folder on disk in an exploded build.
 */
final class ModuleMigrations implements ResourceProvider {

    private final ClassLoader loader;
    private final List<String> folders;

    ModuleMigrations(ClassLoader loader, String... folders) {
        this.loader = loader;
        this.folders = List.of(folders);
    }

    @Override
    public LoadableResource getResource(String name) {
        return loader.getResource(name) == null ? null : new Script(name);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String folder : folders) {
            for (String name : list(folder)) {
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (file.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(file::endsWith)) {
                    found.add(new Script(name));
                }
            }
        }
        Collections.sort(found);
        return found;
    }

    /** Resource names (folder/file) of the files directly in a folder, from every archive that has it. */
    List<String> list(String folder) {
        List<String> names = new ArrayList<>();
        try {
            var urls = loader.getResources(folder);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                String spec = url.toString();
                String prefix = folder.endsWith("/") ? folder : folder + "/";
                if (spec.contains("!/") && spec.contains("file:")) {
                    // jar:file:/a.jar!/db/x or Liberty's wsjar:file:/a.jar!/db/x
                    Path archive = Path.of(new URI(spec.substring(spec.indexOf("file:"), spec.indexOf("!/"))));
                    try (JarFile jar = new JarFile(archive.toFile())) {
                        jar.stream().map(JarEntry::getName)
                                .filter(n -> n.startsWith(prefix) && !n.endsWith("/") && n.indexOf('/', prefix.length()) < 0)
                                .forEach(names::add);
                    }
                } else if ("file".equals(url.getProtocol())) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.filter(Files::isRegularFile).forEach(f -> names.add(folder + "/" + f.getFileName()));
                    }
                } else {
                    throw new IllegalStateException("Cannot list migrations at " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private final class Script extends LoadableResource {
        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " disappeared");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return name;
        }

        @Override
        public String getFilename() {
            return name.substring(name.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
