package org.openepr.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Lets a {@code p:datePicker pattern="dd/MM/yyyy"} bind to the text the user typed ({@code converter="typedDate"}):
 * the domain's parser ({@code UkDates.parseTyped}) then checks the date with the form's other fields and names it in
 * the same messages, instead of the picker refusing the whole form with a converter message of its own.
 */
@FacesConverter("typedDate")
public class TypedDateConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
