// A YouTube video id: eleven letters, digits, `-` or `_`.
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

/**
 * The page a lesson's `videoId` plays on: a YouTube id (`dQw4w9WgXcQ`) becomes its
 * `https://www.youtube.com/watch?v=` page, an `https://` URL is used as written; '' or anything
 * else gives undefined.
 */
export function videoUrl(videoId: string): string | undefined {
  const id = videoId.trim();
  if (YOUTUBE_ID.test(id)) return `https://www.youtube.com/watch?v=${id}`;
  if (!/^https:\/\/[^\s/]+\.[^\s/]+(?:[/?#]\S*)?$/i.test(id)) return undefined;
  try {
    return new URL(id).href;
  } catch {
    return undefined;
  }
}
