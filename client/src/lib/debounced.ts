/** A ref that follows `source` after `ms` of quiet. */
import { ref, watch, type Ref } from 'vue';

export function useDebounced<T>(source: Ref<T>, ms = 250): Ref<T> {
  const out = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (v) => {
    clearTimeout(timer);
    timer = setTimeout(() => (out.value = v), ms);
  });
  return out;
}
