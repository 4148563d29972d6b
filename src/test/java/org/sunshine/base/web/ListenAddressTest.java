package org.sunshine.base.web;

import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** MICRONAUT_SERVER_HOST reaches Tomcat's connector: a node of the cluster listens on 127.0.0.1 only. */
class ListenAddressTest {

    @Test
    void theConnectorListensOnTheConfiguredAddressOnly() throws Exception {
        Tomcat tomcat = new Tomcat();
        Connector connector = new Connector();
        tomcat.getService().addConnector(connector);
        assertNull(((AbstractProtocol<?>) connector.getProtocolHandler()).getAddress(), "every address by default");

        ListenAddress.bind(tomcat, "127.0.0.1");

        assertEquals(InetAddress.getByName("127.0.0.1"), ((AbstractProtocol<?>) connector.getProtocolHandler()).getAddress());
    }
}
