/* wasm_split_cli writes its output in the order of its hash maps, whose
 * seeds the Rust standard library takes from getrandom(): two builds of the
 * same source would give different files. Preloaded into it (LD_PRELOAD),
 * this getrandom() gives the same bytes every time. Nothing it does needs
 * randomness to be safe: it only reads and writes local files. */
#include <string.h>
#include <sys/types.h>

ssize_t getrandom(void *buffer, size_t length, unsigned int flags) {
  (void)flags;
  memset(buffer, 0x5a, length);
  return (ssize_t)length;
}
