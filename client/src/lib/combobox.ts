/**
 * A search-as-you-type combobox: the typed text, the trimmed term it searches
 * for (after `delay` ms of quiet), whether the list is open (focused, with at
 * least `openAt` characters typed), and the option the arrow keys highlight
 * (`none` when no option is).
 */
import { computed, ref } from 'vue';
import { useDebounced } from './debounced';

export function useCombobox({ delay, openAt, none, count }: { delay: number; openAt: number; none: number; count: () => number }) {
  const text = ref('');
  const term = useDebounced(
    computed(() => text.value.trim()),
    delay,
  );
  const focused = ref(false);
  const highlighted = ref(none);
  const open = computed(() => focused.value && text.value.trim().length >= openAt);
  return {
    text,
    term,
    focused,
    highlighted,
    open,
    /** Moves the highlight by `step`, round the `count()` options. */
    move(step: number) {
      const n = count();
      if (n) highlighted.value = (highlighted.value + step + n) % n;
    },
    /** Empties the box once a choice is made. */
    clear() {
      text.value = '';
      highlighted.value = none;
    },
  };
}
