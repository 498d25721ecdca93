package org.openepr.platform.trust;

/** An onboarding that could not complete; its message says what was left (normally nothing) and its steps how far it got. */
public class OnboardingFailedException extends RuntimeException {

    private final transient OnboardingSteps steps;

    public OnboardingFailedException(String message, OnboardingSteps steps) {
        super(message);
        this.steps = steps;
    }

    public OnboardingSteps steps() {
        return steps;
    }
}
