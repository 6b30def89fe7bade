/** Forward cursor pagination with a way back: remembers the cursor of every page seen. */
import { computed, ref } from 'vue';

export type CursorPager = ReturnType<typeof useCursorPager>;

export function useCursorPager() {
  const stack = ref<(string | null)[]>([null]);
  const after = computed(() => stack.value[stack.value.length - 1]);
  const page = computed(() => stack.value.length);
  return {
    after,
    page,
    next(endCursor: string | null | undefined) {
      if (endCursor) stack.value = [...stack.value, endCursor];
    },
    prev() {
      if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
    },
    reset() {
      stack.value = [null];
    },
  };
}
