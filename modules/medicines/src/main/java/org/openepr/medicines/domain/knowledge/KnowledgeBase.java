package org.openepr.medicines.domain.knowledge;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One version of the medicines knowledge base, immutable once built, so screening reads it without locks and a
 * newer version replaces it in one step. Every screening result names the version it used.
 */
public final class KnowledgeBase {

    private final KnowledgeBaseVersion version;
    private final Map<String, TherapeuticClass> classes;
    private final Map<SubstanceId, Substance> substances;
    private final Map<ProductId, Product> products;
    private final List<Interaction> interactions;
    private final List<AllergyGroup> allergyGroups;

    public KnowledgeBase(KnowledgeBaseVersion version, Collection<TherapeuticClass> classes, Collection<Substance> substances,
                         Collection<Product> products, Collection<Interaction> interactions, Collection<AllergyGroup> allergyGroups) {
        this.version = version;
        this.classes = index(classes, TherapeuticClass::code);
        this.substances = index(substances, Substance::id);
        this.products = index(products, Product::id);
        this.interactions = List.copyOf(interactions);
        this.allergyGroups = List.copyOf(allergyGroups);
    }

    private static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (x, y) -> {
            throw new IllegalArgumentException("Duplicate id in the knowledge base: " + key.apply(x));
        }, LinkedHashMap::new));
    }

    public KnowledgeBaseVersion version() {
        return version;
    }

    public boolean isEmpty() {
        return products.isEmpty() || substances.isEmpty();
    }

    public Optional<Product> product(ProductId id) {
        return Optional.ofNullable(products.get(id));
    }

    public Optional<Substance> substance(SubstanceId id) {
        return Optional.ofNullable(substances.get(id));
    }

    /** The product's substance; every product has one (checked when the knowledge base is built). */
    public Substance substanceOf(Product product) {
        return substances.get(product.substance());
    }

    public Optional<TherapeuticClass> therapeuticClass(String code) {
        return Optional.ofNullable(classes.get(code));
    }

    public Collection<Product> products() {
        return products.values();
    }

    public Collection<Substance> substances() {
        return substances.values();
    }

    public List<Interaction> interactions() {
        return interactions;
    }

    public List<AllergyGroup> allergyGroups() {
        return allergyGroups;
    }

    public Optional<AllergyGroup> allergyGroup(String code) {
        return allergyGroups.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** Every interaction the knowledge base knows between two substances, worst first. */
    public List<Interaction> interactionsBetween(Substance one, Substance other) {
        return interactions.stream().filter(i -> i.between(one, other)).sorted(Comparator.comparing(Interaction::severity)).toList();
    }

    /** Products whose name or substance starts with (or contains a word starting with) the text, by name. */
    public List<Product> search(String text, int limit) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ENGLISH);
        if (t.isEmpty()) {
            return List.of();
        }
        return products.values().stream()
                .filter(p -> matches(p.name(), t) || matches(substances.get(p.substance()).name(), t))
                .sorted(Comparator.comparing(Product::name))
                .limit(limit).toList();
    }

    private static boolean matches(String name, String text) {
        String n = name.toLowerCase(Locale.ENGLISH);
        return n.startsWith(text) || n.contains(" " + text);
    }

    /** Every reference inside resolves: products to substances, substances and parties to classes and substances. */
    public List<String> problems() {
        var problems = new java.util.ArrayList<String>();
        products.values().stream().filter(p -> !substances.containsKey(p.substance()))
                .forEach(p -> problems.add(p.id() + " names unknown substance " + p.substance()));
        substances.values().forEach(s -> s.classes().stream().filter(c -> !classes.containsKey(c))
                .forEach(c -> problems.add(s.id() + " names unknown class " + c)));
        interactions.forEach(i -> List.of(i.a(), i.b()).forEach(p -> checkParty(p, "interaction " + i.a() + "/" + i.b(), problems)));
        allergyGroups.forEach(g -> g.members().forEach(p -> checkParty(p, "allergy group " + g.code(), problems)));
        return problems;
    }

    private void checkParty(Party p, String where, List<String> problems) {
        if (p.isClass() ? !classes.containsKey(p.classCode()) : !substances.containsKey(p.substance())) {
            problems.add(where + " names unknown " + (p.isClass() ? "class " + p.classCode() : "substance " + p.substance()));
        }
    }
}
