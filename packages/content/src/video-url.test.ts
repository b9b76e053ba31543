import { describe, expect, test } from 'vitest';
import { videoUrl } from './video-url.js';

describe('videoUrl', () => {
  test('videoUrl(id) gives the YouTube page of a video id', () => {
    expect(videoUrl('dQw4w9WgXcQ')).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  });

  test('videoUrl(url) keeps an https URL, normalised', () => {
    expect(videoUrl('https://youtu.be/dQw4w9WgXcQ')).toBe('https://youtu.be/dQw4w9WgXcQ');
    expect(videoUrl('https://Videos.example.org/a b')).toBeUndefined();
    expect(videoUrl('https://videos.example.org/pods?t=1')).toBe('https://videos.example.org/pods?t=1');
  });

  test('videoUrl gives undefined for none and for what is no video', () => {
    expect(videoUrl('')).toBeUndefined();
    expect(videoUrl('http://example.org/v')).toBeUndefined();
    expect(videoUrl('javascript:alert(1)')).toBeUndefined();
    expect(videoUrl('short')).toBeUndefined();
  });
});
