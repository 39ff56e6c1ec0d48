/**
 * Runs `f` while this page's address carries `query` too (as a link with `?nomor=` opens a page), then puts
 * the address back: the test runner's own query stays.
 */
export async function denganAlamat<T>(query: Record<string, string>, f: () => Promise<T>): Promise<T> {
  const asal = location.href;
  const u = new URL(asal);
  for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
  history.replaceState(history.state, '', u);
  try {
    return await f();
  } finally {
    history.replaceState(history.state, '', asal);
  }
}
