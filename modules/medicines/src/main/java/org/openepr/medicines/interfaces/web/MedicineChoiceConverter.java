package org.openepr.medicines.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.application.FacesMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.openepr.medicines.application.MedicineChoice;
import org.openepr.medicines.application.MedicineDictionary;

/**
 * A chosen medicine in a form: its product id on the page, the dictionary's entry (with formulary marks) in the bean.
 * A named CDI bean (converter="#{medicineChoiceConverter}") so it can be injected: a managed FacesConverter in a
 * module jar is not found by MyFaces here.
 */
@Named
@ApplicationScoped
public class MedicineChoiceConverter implements Converter<MedicineChoice> {

    @Inject
    MedicineDictionary dictionary;

    @Override
    public MedicineChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return dictionary.medicine(value.strip()).orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                "Medicine is not in the medicines dictionary: choose one from the list", null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, MedicineChoice value) {
        return value == null ? "" : value.productId();
    }
}
