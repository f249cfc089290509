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
    void theWorkbenchFeaturesParse() throws IOException {
        Features f = Features.read(Path.of("../features/workbench.features"));
        assertTrue(f.bundles().contains("interphase-console"));
        // DS starts before the bundles made of its components (every Interphase bundle but the API and JSON),
        // and the deploy watcher after them all, so a dropped jar meets a whole workbench
        List<String> all = f.bundles();
        assertTrue(all.indexOf("org.apache.felix.fileinstall") > all.indexOf("interphase-material-vgcf"), all.toString());
        for (String b : all.subList(all.indexOf("interphase-json") + 1, all.size())) {
            if (b.startsWith("interphase-")) {
                assertTrue(all.indexOf("org.apache.felix.scr") < all.indexOf(b), b);
            }
        }
        assertEquals(f.bundles().size(), f.bundles().stream().distinct().count(), "a bundle listed twice");
    }
}
