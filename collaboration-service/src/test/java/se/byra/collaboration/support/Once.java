package se.byra.collaboration.support;

import java.util.function.Supplier;

/**
 * A fixture a test class shares between its tests, made on first use (by then the application runs): for
 * a world that takes the broker a few seconds to build and that the tests only read.
 */
public final class Once<T> {

    private final Supplier<T> make;
    private T value;

    public Once(Supplier<T> make) {
        this.make = make;
    }

    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
