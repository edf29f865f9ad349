# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

!# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

X# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

X# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

W# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

~# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

3# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

3# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

3# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

Z# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

z# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

0# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

9# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

X# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

5# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

6# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

z# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

B# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

U# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

0# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

Y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

Y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

3# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

W# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

q# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

L# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

5# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

5# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

8# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

0# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

8# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

8# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

4# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

4# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

Y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

@# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

\# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

+# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

@# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

@# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

!# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

\# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

!# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

@# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

@# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

## Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

!# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

\# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

\# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

@# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

%# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

z# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

5# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

6# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

;# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

h# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

L# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

\# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

x# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

4# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

4# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

+# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

4# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

M# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

G# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

L# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

+# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

(# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

J# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

S# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

U# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

~# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

0# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

)# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

D# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

I# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

_# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

R# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

P# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

O# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

{# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

@# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

}# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

1# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

\# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

v# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

^# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

=# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

*# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

,# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

k# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

N# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

'# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

># Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

&# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

[# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

]# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

|# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

:# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

T# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

F# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

j# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

m# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

-# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

.# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

b# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

2# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

4# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

d# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

<# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

w# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

l# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

g# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

f# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

c# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

e# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

o# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

u# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

s# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

n# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

 # Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

$# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

A# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

C# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

H# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

E# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

p# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

a# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

r# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

i# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

t# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

y# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

/# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

"# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"


# Sample photos: scripts/setup.sh fetches them (pinned by checksum) from Debian's darknet package.
[[ -f "$DATA/dog.jpg" ]] || die "sample images are missing in $DATA: run ./scripts/setup.sh first"

