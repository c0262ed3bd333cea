package se.byra.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value in a request body that is well-formed JSON but breaks one of the platform's input rules.
 * Jackson adds the path as the exception travels out, so the answer names the field; the message
 * is a key of the platform's texts, put in the caller's language when the answer is written.
 */
public class RejectedInputException extends JsonMappingException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RejectedInputException(JsonParser parser, String messageKey, Object... arguments) {
        super(parser, messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
