package io.multisession.platform;

/**
 * The body's media type is not the one this endpoint reads. Thrown by endpoints that do not take JSON, so that the
 * detail names what they do take (JAX-RS's own 415 gets the JSON wording of {@link Problems#defaultDetail(int)}).
 */
public class UnsupportedMediaTypeException extends ProblemException {

    public UnsupportedMediaTypeException(String accepted) {
        super(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, 415, "Unsupported media type; send " + accepted + ".");
    }
}
