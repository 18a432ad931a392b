package dev.typewire.runtime;

/** The drift report's options, kept together so {@link ClientOptions} grows by one field. */
record DriftSettings(boolean failOnDrift, System.Logger.Level logLevel, int maxEntries) {

  static final DriftSettings DEFAULTS =
      new DriftSettings(false, System.Logger.Level.INFO, ClientOptions.DEFAULT_MAX_DRIFT_ENTRIES);
}
