package dev.dossier.bootstrap.linksamples;

import jakarta.servlet.http.HttpServletRequest;

/** A class shaped like the REST filters: a field of a Servlet API type. */
public class NeedsServlet {
    HttpServletRequest request;
}
