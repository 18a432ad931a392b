package dev.typewire.runtime;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes the {@link Required} properties a response left out. The check sits where Jackson builds a
 * record from the properties it collected, which already knows which were seen: nothing is added
 * per property, and a record whose required properties all came is built before this runs at all
 * when they are its only ones.
 */
final class MissingRequiredDrift extends ValueInstantiator.Delegating {

  private static final long serialVersionUID = 1L;

  private final Class<?> type;
  // Creator properties are resolved into new instances later; their index and name stay.
  private final int[] indexes;
  private final String[] names;

  private MissingRequiredDrift(
      ValueInstantiator delegate, Class<?> type, int[] indexes, String[] names) {
    super(delegate);
    this.type = type;
    this.indexes = indexes;
    this.names = names;
  }

  /** Wraps the instantiator of every type with a {@link Required} creator property. */
  static ValueInstantiators instantiators() {
    return new ValueInstantiators.Base() {
      @Override
      public ValueInstantiator findValueInstantiator(
          DeserializationConfig config, BeanDescription description, ValueInstantiator found) {
        if (!found.canCreateFromObjectWith()) {
          return found;
        }
        List<SettableBeanProperty> required = new ArrayList<>();
        for (SettableBeanProperty property : found.getFromObjectArguments(config)) {
          if (property.getAnnotation(Required.class) != null) {
            required.add(property);
          }
        }
        if (required.isEmpty()) {
          return found;
        }
        int[] indexes = new int[required.size()];
        String[] names = new String[required.size()];
        for (int i = 0; i < indexes.length; i++) {
          indexes[i] = required.get(i).getCreatorIndex();
          names[i] = required.get(i).getName();
        }
        return new MissingRequiredDrift(found, description.getBeanClass(), indexes, names);
      }
    };
  }

  @Override
  public ValueInstantiator createContextual(DeserializationContext context, BeanDescription bean)
      throws JsonMappingException {
    ValueInstantiator contextual = delegate().createContextual(context, bean);
    return contextual == delegate()
        ? this
        : new MissingRequiredDrift(contextual, type, indexes, names);
  }

  @Override
  public Object createFromObjectWith(
      DeserializationContext context, SettableBeanProperty[] properties, PropertyValueBuffer buffer)
      throws IOException {
    if (DriftObservations.collecting(context)) {
      for (int i = 0; i < indexes.length; i++) {
        if (!buffer.hasParameter(properties[indexes[i]])) {
          DriftObservations.noteMissing(context, type, names[i]);
        }
      }
    }
    return super.createFromObjectWith(context, properties, buffer);
  }
}
