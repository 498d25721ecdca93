package org.openepr.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleMigrationsTest {

    @TempDir
    Path tmp;

    @Test
    void listsScriptsFromAnExplodedFolder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("classes/db/demo/common"));
        Files.writeString(dir.resolve("V1__first.sql"), "select 1;");
        Files.writeString(dir.resolve("V2__second.sql"), "select 2;");
        Files.writeString(dir.resolve("README.txt"), "not a migration");
        try (var loader = new URLClassLoader(new URL[] {tmp.resolve("classes").toUri().toURL()}, null)) {
            assertEquals(List.of("V1__first.sql", "V2__second.sql"), names(new ModuleMigrations(loader, "db/demo/common")));
        }
    }

    @Test
    void listsScriptsFromAJarAndReadsThem() throws IOException {
        Path jar = tmp.resolve("module.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            // folders are entries of their own, as Maven writes them
            for (String folder : List.of("db/", "db/demo/", "db/demo/common/", "db/demo/postgresql/", "db/demo/common/nested/")) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            entry(out, "db/demo/common/V1__first.sql", "select 1;");
            entry(out, "db/demo/postgresql/V1_1__rls.sql", "select 'rls';");
            entry(out, "db/demo/common/nested/V9__ignored.sql", "select 9;");
        }
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            var scripts = new ModuleMigrations(loader, "db/demo/common", "db/demo/postgresql");
            assertEquals(List.of("V1_1__rls.sql", "V1__first.sql"), names(scripts).stream().sorted().toList());
            try (var reader = scripts.getResource("db/demo/postgresql/V1_1__rls.sql").read()) {
                assertEquals("select 'rls';", new java.io.BufferedReader(reader).readLine());
            }
        }
    }

    static List<String> names(ModuleMigrations m) {
        return m.getResources("V", new String[] {".sql"}).stream().map(LoadableResource::getFilename).sorted().toList();
    }

    static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes());
        out.closeEntry();
    }
}
