/** True on phone-width screens (charts shorten their labels there). */
import { onBeforeUnmount, ref } from 'vue';

export function useNarrow(query = '(max-width: 600px)') {
  const mql = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const narrow = ref(mql?.matches ?? false);
  const update = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  mql?.addEventListener('change', update);
  onBeforeUnmount(() => mql?.removeEventListener('change', update));
  return narrow;
}
