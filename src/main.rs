//! Boot: install the panic hook and mount the app on `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    enrollready::platform::start();
}
