/** The two databases Homeward runs on: SQLite embedded on one computer, PostgreSQL on a council's server. */
export type Engine = 'sqlite' | 'postgres';
