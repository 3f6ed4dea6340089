import { router } from '../../trpc/init';
import { sessionReadProcedure, sessionWriteProcedure } from '../../trpc/procedures';
import { photoIdInput, uploadPhotoInput } from '../../schemas/attachments/photos.types';
import { uploadPhoto } from '../../services/attachments/upload-photo';
import { listPhotos } from '../../services/attachments/list-photos';
import { readPhoto } from '../../services/attachments/read-photo';
import { deletePhoto } from '../../services/attachments/delete-photo';

/** Evidence photos of a session: the signed 签到表 and activity photos. */
export const photosRouter = router({
	list: sessionReadProcedure.query(({ ctx }) => listPhotos(ctx.prisma, ctx.viewer, ctx.access)),
	/** One photo's bytes (base64), for the image route; an audited read. */
	read: sessionReadProcedure
		.input(photoIdInput)
		.query(({ ctx, input }) => readPhoto(ctx.prisma, ctx.viewer, ctx.access, input.photoId)),
	upload: sessionWriteProcedure
		.input(uploadPhotoInput)
		.mutation(({ ctx, input }) => uploadPhoto(ctx.prisma, ctx.viewer, ctx.access, input)),
	delete: sessionWriteProcedure
		.input(photoIdInput)
		.mutation(({ ctx, input }) => deletePhoto(ctx.prisma, ctx.viewer, ctx.access, input.photoId))
});
