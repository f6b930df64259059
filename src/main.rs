//! Boot: install the panic hook and mount the app on `<body>`.

fn main() {
    enrollready::platform::install_panic_hook();
    enrollready::platform::start();
}
