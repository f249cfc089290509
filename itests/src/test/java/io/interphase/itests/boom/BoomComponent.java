package io.interphase.itests.boom;

/** A Declarative Services component whose activate throws, as a half-finished one would. Packed by {@code DeployProblemsIT}. */
public class BoomComponent implements Runnable {

    public void activate() {
        throw new IllegalStateException("half-finished component");
    }

    @Override
    public void run() {
        // never activated
    }
}
