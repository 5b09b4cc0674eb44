package dev.lede.web;

/** A request parameter that cannot be used; answered with 400 and a message naming the parameter. */
final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    BadRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
