package dev.typewire.processor.model;

import java.util.Map;

/**
 * What a request body's encoding needs beyond its type.
 *
 * @param mediaType the media type the body is sent as, such as {@code application/octet-stream}
 * @param partContentTypes for {@code multipart/form-data}: the declared {@code
 *     encoding.contentType} of a part, by property wire name; parts without one are absent
 */
public record RequestMedia(String mediaType, Map<String, String> partContentTypes) {

  public RequestMedia {
    partContentTypes = Map.copyOf(partContentTypes);
  }
}
