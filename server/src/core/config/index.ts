/** The project configuration (`.agentsmith.json`): its definition, validation, globs and merge. */
export { CONFIG_KEYS, type ConfigKey, type ConfigValueKind, PROJECT_CONFIG_FILE_NAME, SEVERITY_SETTINGS } from './config-keys';
export { globProblem, rebaseConfigGlobs, rebaseGlob } from './config-globs';
export { mergeSettings, type SettingsLayer } from './settings-layer';
export { type ConfigProblem, type ConfigValidation, settingsLayerFromValue, validateConfig } from './validate-config';
