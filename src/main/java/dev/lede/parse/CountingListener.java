package dev.lede.parse;

import dev.lede.model.Article;

/** Passes everything on to another listener, counting the articles: a container tells "none read" from "some". */
class CountingListener implements ParseListener {

    private final ParseListener listener;
    private long articles;

    CountingListener(ParseListener listener) {
        this.listener = listener;
    }

    long articles() {
        return articles;
    }

    ParseListener listener() {
        return listener;
    }

    @Override
    public void article(Article article) {
        articles++;
        listener.article(article);
    }

    @Override
    public void problem(String location, String detail) {
        listener.problem(location, detail);
    }

    @Override
    public void warning(String location, String detail) {
        listener.warning(location, detail);
    }
}
