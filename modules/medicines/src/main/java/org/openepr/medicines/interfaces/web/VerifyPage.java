package org.openepr.medicines.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.openepr.medicines.application.OrderView;
import org.openepr.medicines.application.PharmacyVerification;
import org.openepr.platform.identity.Ids;
import org.openepr.platform.web.FacesProblems;
import org.openepr.platform.web.UserAction;

/** The pharmacist reviews one order with everything needed to judge it, then verifies, queries or rejects it. */
@Named
@ViewScoped
@UserAction
public class VerifyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PharmacyVerification pharmacy;

    private String id;
    private UUID orderId;
    private PharmacyVerification.Review review;
    private String note;
    private String question;
    private String rejectReason;

    public void load() {
        if (orderId == null) {
            orderId = Ids.of("order", id);
            review = pharmacy.review(orderId);
        }
    }

    public String verify() {
        OrderView done = pharmacy.verify(orderId, review.order().version(), note);
        return back(done.productName() + " for " + review.patient().displayName() + " verified");
    }

    public String query() {
        OrderView done = pharmacy.query(orderId, review.order().version(), question);
        return back(done.productName() + " for " + review.patient().displayName() + " queried: back to the prescriber");
    }

    public String reject() {
        OrderView done = pharmacy.reject(orderId, review.order().version(), rejectReason);
        return back(done.productName() + " for " + review.patient().displayName() + " rejected");
    }

    private static String back(String message) {
        FacesProblems.noticeOnNextPage(message);
        return "/medicines/worklist.xhtml?faces-redirect=true";
    }

    public PharmacyVerification.Review getReview() { return review; }
    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getQuestion() { return question; }
    public void setQuestion(String v) { question = v; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String v) { rejectReason = v; }
}
