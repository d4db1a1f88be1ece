/* The start-up floor of this stack: an empty program linked to libnode, so
 * the dynamic loader maps and relocates it exactly as for mosaic. */
int main(void) { return 0; }
