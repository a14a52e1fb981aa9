// The portfolio is read by no other area; it reads all of them.
export {};
