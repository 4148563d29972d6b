package org.sunshine.workflow;

import org.sunshine.base.DomainException;
import org.sunshine.base.i18n.Text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A state machine as a table of (from, action, actor) → to. Anything not in the table is refused. Every machine of
 * the platform is one of these, named after its records ({@code complaint}, {@code finding}, …): the name is the
 * history's {@code machine} and the prefix of the labels, {@code <name>.state.<STATE>} and
 * {@code <name>.action.<ACTION>}.
 *
 * @param <S> the states, an enum named after the domain
 * @param <A> the actions, an enum named after the domain
 */
public final class Workflow<S extends Enum<S>, A extends Enum<A>> {

    private final String name;
    private final Class<S> states;
    private final Class<A> actions;
    private final List<Transition<S, A>> transitions;
    private final String publicLabel;

    private Workflow(String name, Class<S> states, Class<A> actions, List<Transition<S, A>> transitions,
                     String publicLabel) {
        this.name = name;
        this.states = states;
        this.actions = actions;
        this.transitions = List.copyOf(transitions);
        this.publicLabel = publicLabel;
    }

    public static <S extends Enum<S>, A extends Enum<A>> Builder<S, A> named(String name, Class<S> states,
                                                                           Class<A> actions) {
        return new Builder<>(name, states, actions);
    }

    /** Where {@code action} by {@code actor} leads from {@code state}, or empty if the table does not allow it. */
    public Optional<S> next(S state, A action, Actor actor) {
        return transitions.stream().filter(t -> t.matches(state, action, actor)).map(t -> t.target(state)).findFirst();
    }

    /** The actions {@code actor} may take in {@code state}, for showing only the buttons that work. */
    public Set<A> available(S state, Actor actor) {
        Set<A> available = EnumSet.noneOf(actions);
        transitions.stream().filter(t -> t.actor() == actor && t.from().contains(state))
                .forEach(t -> available.add(t.action()));
        return available;
    }

    /**
     * The state {@code action} by {@code actor} leads to from {@code state}.
     *
     * @throws DomainException {@code error.notAllowed} if the actor may never take the action, or
     *                         {@code workflow.error.refused} (naming the state and the action) if not in this state
     */
    public S move(S state, A action, Actor actor) {
        return next(state, action, actor).orElseThrow(() -> refusal(state, action, actor));
    }

    /** Why {@code action} by {@code actor} is refused in {@code state}, as the user is told. */
    public DomainException refusal(S state, A action, Actor actor) {
        boolean ever = transitions.stream().anyMatch(t -> t.action() == action && t.actor() == actor);
        return ever ? new DomainException("workflow.error.refused", stateLabel(state), actionLabel(action))
                : new DomainException("error.notAllowed");
    }

    public String name() {
        return name;
    }

    public Class<S> states() {
        return states;
    }

    public Class<A> actions() {
        return actions;
    }

    public List<Transition<S, A>> transitions() {
        return transitions;
    }

    public Text stateLabel(S state) {
        return new Text(name + ".state." + state.name());
    }

    public Text actionLabel(A action) {
        return new Text(name + ".action." + action.name());
    }

    /** Who the actor is on this machine's records: the public is the complainant, the applicant, …. */
    public Text actorLabel(Actor actor) {
        return new Text(actor == Actor.PUBLIC ? publicLabel : actor.labelKey());
    }

    public S state(String stored) {
        return Enum.valueOf(states, stored);
    }

    public A action(String stored) {
        return Enum.valueOf(actions, stored);
    }

    /** Writes the table line by line. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>> {

        private final String name;
        private final Class<S> states;
        private final Class<A> actions;
        private final List<Transition<S, A>> transitions = new ArrayList<>();
        private String publicLabel = Actor.PUBLIC.labelKey();

        private Builder(String name, Class<S> states, Class<A> actions) {
            this.name = name;
            this.states = states;
            this.actions = actions;
        }

        public Builder<S, A> step(S from, A action, Actor actor, S to) {
            return step(EnumSet.of(from), action, actor, to);
        }

        public Builder<S, A> step(Set<S> from, A action, Actor actor, S to) {
            transitions.add(new Transition<>(from, action, actor, to));
            return this;
        }

        /** An action that changes no state: it is allowed in {@code from} and recorded in the history. */
        public Builder<S, A> stay(Set<S> from, A action, Actor actor) {
            transitions.add(new Transition<>(from, action, actor, null));
            return this;
        }

        /** The label of the public on this machine's records (诉求人, 申请人) instead of the general 公众. */
        public Builder<S, A> publicLabel(String labelKey) {
            this.publicLabel = labelKey;
            return this;
        }

        public Workflow<S, A> build() {
            return new Workflow<>(name, states, actions, transitions, publicLabel);
        }
    }
}
