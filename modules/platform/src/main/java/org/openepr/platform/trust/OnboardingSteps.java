package org.openepr.platform.trust;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openepr.platform.text.Labelled;

/** Where an onboarding got to, step by step, as the operator's page shows it: what was made, what failed, what was undone. */
public final class OnboardingSteps {

    public enum Step implements Labelled {
        CHECKS("Checks"), TRUST_RECORD("Trust record"), KEYCLOAK_GROUP("Keycloak group"), ADMIN_ACCOUNT("First trust admin's account"), DONE("Done");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum State implements Labelled {
        NOT_REACHED("Not reached"), RUNNING("Running"), DONE("Done"), FAILED("Failed"), UNDONE("Undone");

        private final String label;

        State(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** One line of the progress list; how long the step took (ms, measured in the server; -1 if it never ran). */
    public record Line(Step step, State state, String detail, long millis) implements java.io.Serializable {
    }

    private final Map<Step, State> states = new EnumMap<>(Step.class);
    private final Map<Step, String> details = new EnumMap<>(Step.class);
    private final Map<Step, Long> startedAt = new EnumMap<>(Step.class);
    private final Map<Step, Long> millis = new EnumMap<>(Step.class);
    private final List<String> leftInKeycloak = new ArrayList<>();
    private Step current;

    OnboardingSteps() {
        for (Step s : Step.values()) {
            states.put(s, State.NOT_REACHED);
        }
    }

    synchronized void start(Step step) {
        current = step;
        states.put(step, State.RUNNING);
        startedAt.put(step, System.nanoTime());
    }

    synchronized void done(Step step, String detail) {
        states.put(step, State.DONE);
        details.put(step, detail);
        timed(step);
    }

    synchronized void failed(String reason) {
        states.put(current(), State.FAILED);
        details.put(current(), reason);
        timed(current());
    }

    private void timed(Step step) {
        Long start = startedAt.get(step);
        if (start != null) {
            millis.put(step, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** A step whose work was made and then removed again; a step never done stays as it was. */
    synchronized void undone(Step step) {
        if (states.get(step) == State.DONE || states.get(step) == State.RUNNING) {
            states.put(step, State.UNDONE);
        }
    }

    synchronized void leftInKeycloak(String what) {
        leftInKeycloak.add(what);
    }

    synchronized Step current() {
        return current == null ? Step.CHECKS : current;
    }

    synchronized boolean nothingLeft() {
        return leftInKeycloak.isEmpty();
    }

    synchronized String leftOver() {
        return "could not remove from Keycloak " + String.join(" and ", leftInKeycloak) + ": delete it there by hand (the trust record was not kept)";
    }

    public synchronized List<Line> lines() {
        return states.keySet().stream().map(s -> new Line(s, states.get(s), details.getOrDefault(s, ""), millis.getOrDefault(s, -1L))).toList();
    }
}
