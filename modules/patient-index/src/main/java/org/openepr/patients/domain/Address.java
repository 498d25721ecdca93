package org.openepr.patients.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the patient lives: the lines a letter needs, and a postcode. */
@Embeddable
public class Address {

    @Column(name = "address_line1")
    private String line1;

    @Column(name = "address_line2")
    private String line2;

    private String town;

    private String postcode;

    protected Address() {
    }

    public Address(String line1, String line2, String town, Postcode postcode) {
        this.line1 = line1;
        this.line2 = line2;
        this.town = town;
        this.postcode = postcode.value();
    }

    public String line1() {
        return line1;
    }

    public String line2() {
        return line2;
    }

    public String town() {
        return town;
    }

    public Postcode postcode() {
        return new Postcode(postcode);
    }
}
