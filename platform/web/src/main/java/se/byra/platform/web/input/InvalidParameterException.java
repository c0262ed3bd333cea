package se.byra.platform.web.input;

import jakarta.ws.rs.BadRequestException;

/** A query or header parameter that does not convert, named with a message key of the platform's texts. */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidParameterException(String parameter, String messageKey, Object... arguments) {
        super(parameter + ": " + messageKey);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
