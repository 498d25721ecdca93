package org.openepr.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application's own war as an Arquillian deployment for in-container tests: the same code the product runs,
 * without its web.xml (the tests call use cases directly and bind the trust themselves), plus the test's helpers.
 */
public final class InServer {

    private InServer() {
    }

    public static WebArchive war(String name, Class<?>... helpers) {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, name + ".war")
                .importFrom(new File(System.getProperty("epr.war", "../modules/webapp/target/epr.war"))).as(WebArchive.class);
        war.delete("/WEB-INF/web.xml");
        war.setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"><display-name>"
                + name + "</display-name></web-app>"));
        return helpers.length == 0 ? war : war.addClasses(helpers);
    }
}
