//! Prints the page's HTML (see `faceoff::prerender`); the release
//! build's post-build step puts it in index.html.

fn main() {
    print!("{}", faceoff::prerender::page_html());
}
