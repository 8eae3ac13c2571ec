using WeiduEtl.Storage.Schema;

namespace WeiduEtl.Storage.Sqlite;

/// <summary>
/// The SQLite schema's history. Append new migrations; never edit an applied one, since databases in the
/// field already hold it.
/// </summary>
internal static class SqliteMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "contract tables, stored sources, run ledger, fetch state", """
            CREATE TABLE issues (
                issue_id TEXT PRIMARY KEY,
                pipeline TEXT NOT NULL,
                publication TEXT NOT NULL,
                page_label TEXT,
                issue_date TEXT,
                issue_date_basis TEXT,
                source_uri TEXT NOT NULL,
                source_sha256 TEXT NOT NULL,
                source_bytes INTEGER NOT NULL,
                media_type TEXT NOT NULL,
                page_count INTEGER NOT NULL,
                article_count INTEGER NOT NULL,
                first_seen_at TEXT NOT NULL,
                parsed_at TEXT NOT NULL,
                parser_version TEXT NOT NULL,
                UNIQUE (pipeline, source_uri)
            );
            CREATE INDEX ix_issues_content ON issues (pipeline, source_sha256);
            CREATE TABLE sources (
                issue_id TEXT PRIMARY KEY REFERENCES issues (issue_id) ON DELETE CASCADE,
                content BLOB NOT NULL
            );
            CREATE TABLE articles (
                article_id TEXT PRIMARY KEY,
                issue_id TEXT NOT NULL REFERENCES issues (issue_id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                page INTEGER NOT NULL,
                kind TEXT NOT NULL,
                section TEXT,
                kicker TEXT,
                headline TEXT,
                subheadline TEXT,
                dateline TEXT,
                reporters TEXT NOT NULL,
                correspondents TEXT NOT NULL,
                photographers TEXT NOT NULL,
                source_tag TEXT,
                subheadings TEXT NOT NULL,
                lead TEXT,
                body TEXT NOT NULL,
                paragraph_count INTEGER NOT NULL,
                char_count INTEGER NOT NULL,
                bbox TEXT
            );
            CREATE INDEX ix_articles_issue ON articles (issue_id, seq);
            CREATE TABLE contributors (
                article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
                seq INTEGER NOT NULL,
                name TEXT NOT NULL,
                role TEXT NOT NULL,
                credit_text TEXT NOT NULL,
                PRIMARY KEY (article_id, seq)
            );
            CREATE TABLE photos (
                photo_id TEXT PRIMARY KEY,
                issue_id TEXT NOT NULL REFERENCES issues (issue_id) ON DELETE CASCADE,
                article_id TEXT REFERENCES articles (article_id) ON DELETE CASCADE,
                caption TEXT,
                credit TEXT,
                page INTEGER NOT NULL,
                bbox TEXT,
                image_path TEXT,
                width_px INTEGER,
                height_px INTEGER,
                image_sha256 TEXT
            );
            CREATE TABLE images (
                issue_id TEXT NOT NULL REFERENCES issues (issue_id) ON DELETE CASCADE,
                image_path TEXT NOT NULL,
                bytes BLOB NOT NULL,
                PRIMARY KEY (issue_id, image_path)
            );
            CREATE TABLE figures (
                figure_id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
                text TEXT NOT NULL,
                label TEXT,
                value TEXT NOT NULL,
                unit TEXT NOT NULL,
                qualifier TEXT NOT NULL,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL
            );
            CREATE TABLE dates (
                date_id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
                text TEXT NOT NULL,
                date TEXT,
                precision TEXT NOT NULL,
                part_of_day TEXT,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL
            );
            CREATE TABLE runs (
                run_id INTEGER PRIMARY KEY AUTOINCREMENT,
                pipeline TEXT NOT NULL,
                trigger TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT,
                status TEXT NOT NULL,
                seen INTEGER NOT NULL DEFAULT 0,
                stored INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                failed INTEGER NOT NULL DEFAULT 0,
                snapshot_id TEXT,
                message TEXT
            );
            CREATE INDEX ix_runs_pipeline ON runs (pipeline, run_id);
            CREATE TABLE run_documents (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                run_id INTEGER NOT NULL REFERENCES runs (run_id) ON DELETE CASCADE,
                source_uri TEXT NOT NULL,
                source_sha256 TEXT,
                outcome TEXT NOT NULL,
                issue_id TEXT,
                error TEXT
            );
            CREATE INDEX ix_run_documents_run ON run_documents (run_id);
            CREATE TABLE fetch_state (
                pipeline TEXT NOT NULL,
                key TEXT NOT NULL,
                value TEXT NOT NULL,
                PRIMARY KEY (pipeline, key)
            );
            """),
        new(2, "run_documents.error_detail: a failure's exception type and where it was thrown", """
            ALTER TABLE run_documents ADD COLUMN error_detail TEXT;
            """),
        new(3, "mentions and quotes (contract v2)", """
            CREATE TABLE mentions (
                mention_id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                name TEXT NOT NULL,
                title TEXT,
                organisation TEXT,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL,
                rule TEXT NOT NULL,
                person_key TEXT
            );
            CREATE INDEX ix_mentions_article ON mentions (article_id);
            CREATE TABLE quotes (
                quote_id TEXT PRIMARY KEY,
                article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
                text TEXT NOT NULL,
                speaker TEXT,
                speaker_mention_id TEXT,
                verb TEXT,
                char_start INTEGER NOT NULL,
                char_end INTEGER NOT NULL,
                rule TEXT NOT NULL
            );
            CREATE INDEX ix_quotes_article ON quotes (article_id);
            """),
        // ON DELETE CASCADE searches each child table by its parent key: without these indexes, replacing one issue
        // scanned every figure, date and photo of the store once per article, so a re-parse slowed as the store grew.
        new(4, "indexes on the foreign keys cascading deletes follow (figures, dates, photos)", """
            CREATE INDEX ix_figures_article ON figures (article_id);
            CREATE INDEX ix_dates_article ON dates (article_id);
            CREATE INDEX ix_photos_article ON photos (article_id);
            CREATE INDEX ix_photos_issue ON photos (issue_id);
            """),
        // Chinese has no spaces between words, so the index is of letter trigrams: any phrase of three or more letters is
        // found wherever it stands. The index keeps no copy of the text (contentless); its rows are numbered by
        // article_search_ids, whose INTEGER PRIMARY KEY survives VACUUM where the articles' implicit rowid may not.
        // Triggers keep it in step with every insert, update and cascading delete of an article.
        new(5, "full-text search over headlines and bodies (FTS5 trigram), kept in step by triggers", """
            CREATE VIRTUAL TABLE article_search USING fts5 (headline, body, content = '', tokenize = 'trigram');
            CREATE TABLE article_search_ids (
                search_rowid INTEGER PRIMARY KEY AUTOINCREMENT,
                article_id TEXT NOT NULL UNIQUE
            );
            CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
                INSERT INTO article_search_ids (article_id) VALUES (new.article_id);
                INSERT INTO article_search (rowid, headline, body)
                SELECT search_rowid, coalesce(new.headline, ''), new.body FROM article_search_ids WHERE article_id = new.article_id;
            END;
            CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
                INSERT INTO article_search (article_search, rowid, headline, body)
                SELECT 'delete', search_rowid, coalesce(old.headline, ''), old.body FROM article_search_ids WHERE article_id = old.article_id;
                DELETE FROM article_search_ids WHERE article_id = old.article_id;
            END;
            CREATE TRIGGER article_search_update AFTER UPDATE OF article_id, headline, body ON articles BEGIN
                INSERT INTO article_search (article_search, rowid, headline, body)
                SELECT 'delete', search_rowid, coalesce(old.headline, ''), old.body FROM article_search_ids WHERE article_id = old.article_id;
                DELETE FROM article_search_ids WHERE article_id = old.article_id;
                INSERT INTO article_search_ids (article_id) VALUES (new.article_id);
                INSERT INTO article_search (rowid, headline, body)
                SELECT search_rowid, coalesce(new.headline, ''), new.body FROM article_search_ids WHERE article_id = new.article_id;
            END;
            INSERT INTO article_search_ids (article_id) SELECT article_id FROM articles ORDER BY rowid;
            INSERT INTO article_search (rowid, headline, body)
            SELECT ids.search_rowid, coalesce(a.headline, ''), a.body FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
            CREATE INDEX ix_issues_pipeline_date ON issues (pipeline, issue_date);
            CREATE INDEX ix_mentions_name ON mentions (name);
            CREATE INDEX ix_quotes_speaker ON quotes (speaker);
            CREATE INDEX ix_contributors_name ON contributors (name);
            """),
        new(6, "provenance (contract v2): the rule of every figure and date, the header provenance of every article", """
            ALTER TABLE figures ADD COLUMN rule TEXT NOT NULL DEFAULT 'figure-reader';
            ALTER TABLE dates ADD COLUMN rule TEXT NOT NULL DEFAULT 'date';
            ALTER TABLE articles ADD COLUMN provenance TEXT NOT NULL DEFAULT '[]';
            """),
        // A search term has no white space, so two spaces after each column give no trigram a term of three letters or
        // more can match, while every letter of the text now starts a trigram: a term of one or two letters is found as
        // the trigrams it starts (until migration 8 gave such terms an index of their own). The index is contentless, so
        // its rows are removed with the text they were added with: it is emptied and rebuilt padded, and the triggers pad
        // from now on.
        new(7, "search: trigrams padded with two spaces, so terms of one or two letters are found in the index", """
            DROP TRIGGER article_search_insert;
            DROP TRIGGER article_search_delete;
            DROP TRIGGER article_search_update;
            CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
                INSERT INTO article_search_ids (article_id) VALUES (new.article_id);
                INSERT INTO article_search (rowid, headline, body)
                SELECT search_rowid, coalesce(new.headline, '') || '  ', new.body || '  ' FROM article_search_ids WHERE article_id = new.article_id;
            END;
            CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
                INSERT INTO article_search (article_search, rowid, headline, body)
                SELECT 'delete', search_rowid, coalesce(old.headline, '') || '  ', old.body || '  ' FROM article_search_ids WHERE article_id = old.article_id;
                DELETE FROM article_search_ids WHERE article_id = old.article_id;
            END;
            CREATE TRIGGER article_search_update AFTER UPDATE OF article_id, headline, body ON articles BEGIN
                INSERT INTO article_search (article_search, rowid, headline, body)
                SELECT 'delete', search_rowid, coalesce(old.headline, '') || '  ', old.body || '  ' FROM article_search_ids WHERE article_id = old.article_id;
                DELETE FROM article_search_ids WHERE article_id = old.article_id;
                INSERT INTO article_search_ids (article_id) VALUES (new.article_id);
                INSERT INTO article_search (rowid, headline, body)
                SELECT search_rowid, coalesce(new.headline, '') || '  ', new.body || '  ' FROM article_search_ids WHERE article_id = new.article_id;
            END;
            INSERT INTO article_search (article_search) VALUES ('delete-all');
            INSERT INTO article_search (rowid, headline, body)
            SELECT ids.search_rowid, coalesce(a.headline, '') || '  ', a.body || '  ' FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
            """),
        Migration8,
        // A search answered from the facet columns held in memory (SearchCatalogue) needs to know, in one small read,
        // whether they still are the store's: every change of article_search_ids, which every change of an indexed
        // article or its issue makes, raises this number.
        new(9, "search: a generation number raised by every change of the indexed articles' rows", """
            CREATE TABLE article_search_generation (only_row INTEGER PRIMARY KEY CHECK (only_row = 1), generation INTEGER NOT NULL);
            INSERT INTO article_search_generation (only_row, generation) VALUES (1, 0);
            CREATE TRIGGER article_search_ids_inserted AFTER INSERT ON article_search_ids BEGIN
                UPDATE article_search_generation SET generation = generation + 1;
            END;
            CREATE TRIGGER article_search_ids_updated AFTER UPDATE ON article_search_ids BEGIN
                UPDATE article_search_generation SET generation = generation + 1;
            END;
            CREATE TRIGGER article_search_ids_deleted AFTER DELETE ON article_search_ids BEGIN
                UPDATE article_search_generation SET generation = generation + 1;
            END;
            """),
        // The store now indexes an issue's articles itself, in one statement a table after writing them
        // (SqliteSearchIndex), and removes them so before it replaces an issue: a trigger did it an article at a time,
        // and its letter index's text spelled out in SQL, which was most of a text page's storing. Rows already indexed
        // stay as they are: the index finds the same terms in both. The delete and update triggers stay, for an article
        // deleted or changed by other means; after the store's own removal they find nothing left to remove.
        new(10, "search: the store indexes an issue's articles itself, set-wise, instead of a trigger an article", """
            DROP TRIGGER article_search_insert;
            """),
        // Indexing an article is FTS5 tokenising and hashing its text, about half of a text page's storing. The store's
        // transaction still takes a changed or removed article out of the indexes, so no search finds text a stored
        // article no longer has, but it only queues a new or changed article here; SqliteSearchQueue adds the queued ones
        // to both indexes many pages a statement after a pass, and when a process first opens the store (after a pass
        // that stopped in between). An article deleted while queued leaves its row, which the catch-up drops.
        new(11, "search: articles stored wait in a queue that the search indexes catch up from after the pass", """
            CREATE TABLE article_search_queue (queued INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE);
            """),
        Migration12,
    ];

    // A letter as common as 的 starts thousands of trigrams, and OR-ing them all cost more than reading every body. In
    // the letter index each letter and each pair of neighbouring letters is one trigram of the spaced text (SpacedLetters),
    // so a term of one or two letters is one list of articles. It keeps which articles, not where (detail none), and
    // removes a row by its number alone (contentless_delete), so a delete need not spell the old text out again.
    // article_search_ids also keeps what the facets and the order of a page need, so a term found in most articles is
    // counted and faceted without reading 100,000 articles and their issues; triggers on both keep it in step.
    private static Migration Migration8 => new(8, "search: a letter index for terms of one or two letters; the facets' columns beside each indexed article", $"""
        DROP TRIGGER article_search_insert;
        DROP TRIGGER article_search_delete;
        DROP TRIGGER article_search_update;
        CREATE VIRTUAL TABLE article_letters USING fts5 (headline, body, content = '', contentless_delete = 1, tokenize = 'trigram', detail = 'none');
        ALTER TABLE article_search_ids ADD COLUMN issue_date TEXT;
        ALTER TABLE article_search_ids ADD COLUMN pipeline TEXT;
        ALTER TABLE article_search_ids ADD COLUMN section TEXT;
        ALTER TABLE article_search_ids ADD COLUMN kind TEXT;
        ALTER TABLE article_search_ids ADD COLUMN reporters TEXT;
        CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
            {IndexArticle}
        END;
        CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
            {UnindexArticle}
        END;
        CREATE TRIGGER article_search_update AFTER UPDATE OF article_id, headline, body ON articles BEGIN
            {UnindexArticle}
            {IndexArticle}
        END;
        CREATE TRIGGER article_search_facets AFTER UPDATE OF issue_id, section, kind, reporters ON articles BEGIN
            UPDATE article_search_ids SET issue_date = (SELECT issue_date FROM issues WHERE issue_id = new.issue_id),
                pipeline = (SELECT pipeline FROM issues WHERE issue_id = new.issue_id), section = new.section, kind = new.kind, reporters = new.reporters
            WHERE article_id = new.article_id;
        END;
        CREATE TRIGGER article_search_issue AFTER UPDATE OF issue_date, pipeline ON issues BEGIN
            UPDATE article_search_ids SET issue_date = new.issue_date, pipeline = new.pipeline
            WHERE article_id IN (SELECT article_id FROM articles WHERE issue_id = new.issue_id);
        END;
        UPDATE article_search_ids SET issue_date = i.issue_date, pipeline = i.pipeline, section = a.section, kind = a.kind, reporters = a.reporters
        FROM articles a JOIN issues i ON i.issue_id = a.issue_id WHERE a.article_id = article_search_ids.article_id;
        INSERT INTO article_letters (rowid, headline, body)
        SELECT ids.search_rowid, {SpacedLetters.Of("coalesce(a.headline, '')")}, {SpacedLetters.Of("a.body")}
        FROM article_search_ids ids JOIN articles a ON a.article_id = ids.article_id;
        """);

    // FTS5's cost follows the distinct tokens a flush holds, and the trigram index (a token a letter, with positions)
    // beside the letter index (two a letter: each letter and each pair) made three, most of them distinct in a Chinese
    // text. Now one index holds each letter with the next, with positions (LetterPairs): a term of two letters is one
    // token, one of three or more the phrase of its overlapping pairs (the pairs at consecutive positions are the letters
    // in a row, as the trigrams were); and the letter index holds each letter alone, without positions, for a term of
    // one. unicode61 folds case with the trigram tokenizer's own function, so both find what the old indexes found.
    // Both remove a row by its number (contentless_delete). The old indexes cannot be turned into the new (contentless,
    // they keep no text), so every article goes back to the queue and the catch-up that follows opening indexes it anew.
    // An article changed in place by hand is queued the same way instead of indexed by its trigger.
    private static Migration Migration12 => new(12, "search: one index of letter pairs with positions and one of single letters, instead of trigrams and spaced letters", $"""
        DROP TRIGGER article_search_delete;
        DROP TRIGGER article_search_update;
        DROP TABLE article_search;
        DROP TABLE article_letters;
        CREATE VIRTUAL TABLE article_pairs USING fts5 (headline, body, content = '', contentless_delete = 1, {LetterPairs.Tokenizer});
        CREATE VIRTUAL TABLE article_letters USING fts5 (headline, body, content = '', contentless_delete = 1, detail = 'none', {LetterPairs.Tokenizer});
        CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
            {RemoveArticle}
        END;
        CREATE TRIGGER article_search_update AFTER UPDATE OF article_id, headline, body ON articles BEGIN
            {RemoveArticle}
            INSERT OR IGNORE INTO article_search_queue (article_id) VALUES (new.article_id);
        END;
        DELETE FROM article_search_ids;
        INSERT OR IGNORE INTO article_search_queue (article_id) SELECT article_id FROM articles ORDER BY rowid;
        """);

    /// <summary>Trigger steps removing article <c>old</c> from migration 12's indexes and its row number.</summary>
    private const string RemoveArticle = """
        DELETE FROM article_pairs WHERE rowid = (SELECT search_rowid FROM article_search_ids WHERE article_id = old.article_id);
        DELETE FROM article_letters WHERE rowid = (SELECT search_rowid FROM article_search_ids WHERE article_id = old.article_id);
        DELETE FROM article_search_ids WHERE article_id = old.article_id;
        """;

    /// <summary>Trigger steps giving article <c>new</c> its row number, facet columns and rows in both indexes.</summary>
    private static string IndexArticle => $"""
        INSERT INTO article_search_ids (article_id, issue_date, pipeline, section, kind, reporters)
        VALUES (new.article_id, (SELECT issue_date FROM issues WHERE issue_id = new.issue_id), (SELECT pipeline FROM issues WHERE issue_id = new.issue_id),
            new.section, new.kind, new.reporters);
        INSERT INTO article_search (rowid, headline, body)
        SELECT search_rowid, coalesce(new.headline, '') || '  ', new.body || '  ' FROM article_search_ids WHERE article_id = new.article_id;
        INSERT INTO article_letters (rowid, headline, body)
        SELECT search_rowid, {SpacedLetters.Of("coalesce(new.headline, '')")}, {SpacedLetters.Of("new.body")} FROM article_search_ids WHERE article_id = new.article_id;
        """;

    /// <summary>Trigger steps removing article <c>old</c> from both indexes and its row number.</summary>
    private const string UnindexArticle = """
        INSERT INTO article_search (article_search, rowid, headline, body)
        SELECT 'delete', search_rowid, coalesce(old.headline, '') || '  ', old.body || '  ' FROM article_search_ids WHERE article_id = old.article_id;
        DELETE FROM article_letters WHERE rowid = (SELECT search_rowid FROM article_search_ids WHERE article_id = old.article_id);
        DELETE FROM article_search_ids WHERE article_id = old.article_id;
        """;
}
