/** Set by the split inspector integration in `astro dev` only; undefined in a build. */
interface ImportMetaEnv {
  readonly SPLIT_INSPECTOR?: boolean;
}
