package io.interphase.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Dictionary;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

class LiveServicesTest {

    /** A value held for a service: its key and a label to tell two services of one key apart. */
    record Held(String key, String label) {
    }

    @Test
    void oneValuePerKeyThePreferredServicesSortedByKey() {
        LiveServices<Held> live = new LiveServices<>(Held::key);
        live.bind(new Ref(1, 0), new Held("lpscl", "first registered"));
        live.bind(new Ref(2, 0), new Held("lpscl", "second registered"));
        live.bind(new Ref(3, 0), new Held("li-metal", "only"));
        // the same ranking: the older registration (lower service id) wins
        assertEquals(List.of(new Held("li-metal", "only"), new Held("lpscl", "first registered")), live.snapshot());
        live.bind(new Ref(4, 10), new Held("lpscl", "ranked higher"));
        assertEquals(new Held("lpscl", "ranked higher"), live.snapshot().get(1));
    }

    @Test
    void aKeyTwoServicesShareIsNamedWithTheServedOneFirst() {
        LiveServices<Held> live = new LiveServices<>(Held::key);
        live.bind(new Ref(1, 0), new Held("lpscl", "the workbench's"));
        live.bind(new Ref(3, 0), new Held("li-metal", "only"));
        assertEquals(java.util.Map.of(), live.shared());
        live.bind(new Ref(2, 10), new Held("lpscl", "dropped in, ranked higher"));
        assertEquals(java.util.Map.of("lpscl", List.of(new Held("lpscl", "dropped in, ranked higher"),
                new Held("lpscl", "the workbench's"))), live.shared());
    }

    @Test
    void anUnboundServiceLeavesAndTheNextInLineTakesItsKey() {
        LiveServices<Held> live = new LiveServices<>(Held::key);
        Ref preferred = new Ref(1, 5);
        live.bind(preferred, new Held("eis", "preferred"));
        live.bind(new Ref(2, 0), new Held("eis", "next"));
        List<Held> before = live.snapshot();
        live.unbind(preferred);
        assertEquals(List.of(new Held("eis", "next")), live.snapshot());
        // a snapshot taken before is not changed by what comes and goes after
        assertEquals(List.of(new Held("eis", "preferred")), before);
        live.unbind(new Ref(2, 0));
        assertEquals(List.of(), live.snapshot());
    }

    /** Only what ordering needs: OSGi ranks a higher ranking first, then a lower service id. */
    private record Ref(long id, int ranking) implements ServiceReference<Object> {

        @Override
        public int compareTo(Object other) {
            Ref o = (Ref) other;
            if (id == o.id) {
                return 0;
            }
            return ranking != o.ranking ? Integer.compare(ranking, o.ranking) : Long.compare(o.id, id);
        }

        @Override
        public Object getProperty(String key) {
            return null;
        }

        @Override
        public String[] getPropertyKeys() {
            return new String[0];
        }

        @Override
        public Bundle getBundle() {
            return null;
        }

        @Override
        public Bundle[] getUsingBundles() {
            return null;
        }

        @Override
        public boolean isAssignableTo(Bundle bundle, String className) {
            return true;
        }

        @Override
        public Dictionary<String, Object> getProperties() {
            return null;
        }

        @Override
        public <A> A adapt(Class<A> type) {
            return null;
        }
    }
}
