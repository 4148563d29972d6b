package org.sunshine.testing;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.FakeDeploymentConfiguration;
import com.github.mvysny.kaributesting.v10.mock.MockInstantiator;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinHelper;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinSession;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.MenuAccessControl;
import io.micronaut.context.ApplicationContext;
import jakarta.servlet.ServletException;
import kotlin.jvm.functions.Function0;
import org.sunshine.vaadin.MicronautInstantiator;
import org.sunshine.vaadin.MicronautVaadinServlet;
import org.sunshine.vaadin.MicronautVaadinServletService;

import java.util.Optional;

/**
 * The application's own Vaadin servlet and service (views from the Micronaut bean context), with Karibu-Testing's
 * mocked environment: browserless UI tests run the real views, their injected services and the real database.
 */
public class MockMicronautServlet extends MicronautVaadinServlet {

    static final Function0<UI> UI_FACTORY = MockedUI::new;

    private final transient ApplicationContext context;
    private final Routes routes;

    public MockMicronautServlet(ApplicationContext context, Routes routes) {
        super(context);
        this.context = context;
        this.routes = routes;
    }

    @Override
    protected DeploymentConfiguration createDeploymentConfiguration() throws ServletException {
        MockVaadinHelper.INSTANCE.mockFlowBuildInfo(this);
        return super.createDeploymentConfiguration();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        Service service = new Service(this, configuration, context);
        service.init();
        routes.register((VaadinServletContext) service.getContext());
        return service;
    }

    /** Karibu's MockService behaviour on top of the application's service. */
    static final class Service extends MicronautVaadinServletService {

        private final transient ApplicationContext context;
        private DeploymentConfiguration fake;

        Service(VaadinServlet servlet, DeploymentConfiguration configuration, ApplicationContext context) {
            super(servlet, configuration, context);
            this.context = context;
        }

        /*
         * Karibu's MockInstantiator keeps Instantiator's default getMenuAccessControl(), which asks getOrCreate for
         * the interface; the application's instantiator answers with its configured one, so the menu can be built.
         */
        @Override
        protected Optional<Instantiator> loadInstantiators() {
            return Optional.of(new MicronautInstantiator(this, context) {
                @Override
                public <T> T getOrCreate(Class<T> type) {
                    return type == MenuAccessControl.class ? type.cast(getMenuAccessControl()) : super.getOrCreate(type);
                }
            });
        }

        @Override
        protected boolean isAtmosphereAvailable() {
            return false;
        }

        @Override
        public String getMainDivId(VaadinSession session, VaadinRequest request) {
            return "ROOT-1";
        }

        @Override
        protected VaadinSession createVaadinSession(VaadinRequest request) {
            return new MockVaadinSession(this, UI_FACTORY);
        }

        @Override
        public Instantiator getInstantiator() {
            return MockInstantiator.create(super.getInstantiator());
        }

        @Override
        public DeploymentConfiguration getDeploymentConfiguration() {
            if (fake == null) {
                fake = new FakeDeploymentConfiguration(super.getDeploymentConfiguration());
            }
            return fake;
        }
    }
}
