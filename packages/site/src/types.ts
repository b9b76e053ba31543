/** A lesson as the navigation lists it; `path` is its page, relative to the site root. */
export interface NavLesson {
  title: string;
  path: string;
  /** The lesson's `order`, shown beside its title. */
  order: number;
}

/** A module of the course and its lessons, in `order`. */
export interface NavModule {
  name: string;
  slug: string;
  lessons: NavLesson[];
}

/** A heading listed in a page's table of contents. */
export interface TocEntry {
  depth: number;
  text: string;
  slug: string;
}

/** A link in every page's header after the course's name, such as a playground beside the course. */
export interface HeaderLink {
  label: string;
  /** A path from the site root, such as `playground/index.html`. */
  href: string;
}
