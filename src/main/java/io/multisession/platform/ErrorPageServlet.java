package io.multisession.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Target of the error pages in web.xml: answers that the container writes itself (a token rejected by MP-JWT
 * before JAX-RS runs, an unmapped failure) get the same problem document as everything else instead of HTML.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/_error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : 500;
        // The servlet API has no way to set a reason phrase: the container writes its own for the code.
        Problem problem = Problem.of(status, Problems.defaultDetail(status));
        (status == 401 ? problem.withHeader("WWW-Authenticate", "Bearer") : problem).writeTo(response);
    }
}
