package io.interphase.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesTest {

    @TempDir
    Path dir;

    private Features features(String text) throws IOException {
        Path file = dir.resolve("x.features");
        Files.writeString(file, text);
        return Features.read(file);
    }

    @Test
    void groupsKeepTheirOrder() throws IOException {
        Features f = features("# comment\n[first]\na\nb # why\n\n[second]\nc\n");
        assertEquals(List.of("first", "second"), List.copyOf(f.groups().keySet()));
        assertEquals(List.of("a", "b", "c"), f.bundles());
    }

    @Test
    void aBundleBeforeAnyGroupIsAnError() {
        IOException e = assertThrows(IOException.class, () -> features("a\n[g]\nb\n"));
        assertTrue(e.getMessage().contains(":1:"), e.getMessage());
    }

    @Test
    void aLineThatIsNoArtifactIdIsAnErrorNamingIt() throws IOException {
        IOException e = assertThrows(IOException.class, () -> features("[g]\nok.name_1-x\nbad/name\n"));
        assertTrue(e.getMessage().contains(":3:") && e.getMessage().contains("'bad/name'"), e.getMessage());
        assertThrows(IOException.class, () -> features("[g]\ntwo words\n"));
        assertEquals(List.of("ok.name_1-x"), features("[g]\nok.name_1-x  # a comment with / and spaces\n").bundles());
    }

    @Test
    void jarsResolveInOrderAndDisagreementIsNamed() throws IOException {
        Path bundles = Files.createDirectories(dir.resolve("bundle"));
        Files.createFile(bundles.resolve("b.jar"));
        Files.createFile(bundles.resolve("a.jar"));
        assertEquals(List.of(bundles.resolve("b.jar"), bundles.resolve("a.jar")), features("[g]\nb\na\n").jars(bundles));
        Files.createFile(bundles.resolve("notes.txt")); // not a jar: not a bundle either
        assertEquals(2, features("[g]\nb\na\n").jars(bundles).size());
        Files.createFile(bundles.resolve("stray.jar"));
        IOException e = assertThrows(IOException.class, () -> features("[g]\nb\na\nmissing\n").jars(bundles));
        assertTrue(e.getMessage().contains("[missing]") && e.getMessage().contains("[stray]"), e.getMessage());
    }

    @Test
    void groupsSplitAfterANamedGroup() throws IOException {
        Features f = features("[a]\nx\n[b]\ny\n[c]\nz\n");
        assertEquals(List.of("a", "b"), List.copyOf(f.groupsThrough("b")));
        assertEquals(List.of("c"), List.copyOf(f.groupsAfter("b")));
        assertThrows(IllegalArgumentException.class, () -> f.groupsThrough("missing"));
    }

    @Test
    void theServingGroupsComeFirstThenDsAndTheDeployWatcher() throws IOException {
        Features f = Features.read(Path.of("../features/workbench.features"));
        // the console is a DS component: it answers with Jetty, the API, the JSON bundle and DS, before the cell model
        List<String> serving = f.groupsThrough(Main.SERVING_GROUP).stream().flatMap(g -> f.groups().get(g).stream()).toList();
        assertEquals(List.of("org.apache.felix.http.servlet-api", "commons-io", "commons-fileupload",
                "org.apache.felix.http.jetty12", "interphase-api", "gson", "interphase-json", "org.osgi.util.function",
                "org.osgi.util.promise", "org.osgi.service.component", "org.apache.felix.scr", "interphase-console"), serving);
        List<String> rest = f.groupsAfter(Main.SERVING_GROUP).stream().flatMap(g -> f.groups().get(g).stream()).toList();
        // the deploy watcher first: a dropped material is made of DS components, which are already there
        assertEquals(List.of("org.apache.felix.fileinstall"), rest.subList(0, 1));
        assertTrue(rest.containsAll(List.of("interphase-cell", "interphase-analysis")), rest.toString());
    }

    @Test
    void jarsOfNamedGroupsKeepTheStartOrder() throws IOException {
        Path bundles = Files.createDirectories(dir.resolve("bundle"));
        Files.writeString(bundles.resolve("x.jar"), "");
        Files.writeString(bundles.resolve("y.jar"), "");
        Files.writeString(bundles.resolve("z.jar"), "");
        Features f = features("[a]\nz\n[b]\ny\n[c]\nx\n");
        assertEquals(List.of(bundles.resolve("z.jar"), bundles.resolve("x.jar")), f.jarsOf(bundles, Set.of("c", "a")));
        assertEquals(List.of(bundles.resolve("y.jar")), f.jars(bundles, Set.of("c", "a")));
    }

    @Test
    void theHttpGroupIsAServingGroup() throws IOException {
        Features f = Features.read(Path.of("../features/workbench.features"));
        assertTrue(f.groupsThrough(Main.SERVING_GROUP).contains(Main.HTTP_GROUP));
        assertTrue(f.groups().get(Main.HTTP_GROUP).contains("org.apache.felix.http.jetty12"));
    }

    @Test
    void theWorkbenchFeaturesParse() throws IOException {
        Features f = Features.read(Path.of("../features/workbench.features"));
        assertTrue(f.bundles().contains("interphase-console"));
        // DS starts before the bundles made of its components (every Interphase bundle after the console), and
        // takes each up as it starts
        List<String> all = f.bundles();
        for (String b : all.subList(all.indexOf("interphase-console") + 1, all.size())) {
            if (b.startsWith("interphase-")) {
                assertTrue(all.indexOf("org.apache.felix.scr") < all.indexOf(b), b);
            }
        }
        assertEquals(f.bundles().size(), f.bundles().stream().distinct().count(), "a bundle listed twice");
    }
}
