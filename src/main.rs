fn main() {
    lector_app::start();
}
