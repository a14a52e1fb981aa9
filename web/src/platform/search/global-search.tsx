import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { isTyping } from '../use-slash-focus.ts';

/**
 * The search box in the header: "/" anywhere focuses it (unless the page has its own search box, which takes "/"
 * first), Enter opens the results page.
 */
export function GlobalSearch() {
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const onResults = location.pathname === '/search';
  const [q, setQ] = useState(() => (onResults ? (new URLSearchParams(location.search).get('q') ?? '') : ''));

  useEffect(() => {
    if (onResults) setQ(new URLSearchParams(location.search).get('q') ?? '');
  }, [onResults, location.search]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    // On window, so that a page's own search box (listening on document) is asked first.
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = q.trim();
    if (words) navigate(`/search?q=${encodeURIComponent(words)}`);
  }

  return (
    <form className="global-search" role="search" onSubmit={submit}>
      <label htmlFor="global-search" className="visually-hidden">
        Find in IOPS
      </label>
      <input
        id="global-search"
        ref={input}
        type="search"
        value={q}
        maxLength={100}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Search cases, serials, transmittals, partners…  ( / )"
        autoComplete="off"
      />
    </form>
  );
}
